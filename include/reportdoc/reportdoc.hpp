// SPDX-License-Identifier: MIT
// The umbrella header: the model, the readers and the writers.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/version.hpp>

// model
#include <reportdoc/model.hpp>
#include <reportdoc/numbering.hpp>
#include <reportdoc/builder.hpp>
#include <reportdoc/walk.hpp>
#include <reportdoc/result.hpp>
#include <reportdoc/output.hpp>

// readers and writers
#include <reportdoc/html.hpp>
#include <reportdoc/markdown.hpp>
#include <reportdoc/text_reader.hpp>
#include <reportdoc/text_writer.hpp>
#include <reportdoc/xml.hpp>
