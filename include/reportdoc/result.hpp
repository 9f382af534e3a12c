// SPDX-License-Identifier: MIT
// Diagnostics and parse_result: one result type whether or not exceptions are
// enabled; warnings are kept beside a successful result.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/model.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if REPORTDOC_EXCEPTIONS
#include <exception>
#endif

namespace reportdoc {

/// How serious a diagnostic is.
enum class severity : std::uint8_t {
    note,     ///< Information: something the reader repaired or dropped on purpose.
    warning,  ///< Probably a problem in the input; the result is still usable.
    error,    ///< The input could not be read as asked; there is no result.
};

/// The stable lowercase name of a severity ("note", "warning", "error").
REPORTDOC_FUNC std::string_view to_string(severity s) noexcept;

/// One message from a reader or writer.
struct diagnostic {
    /// How serious the message is.
    severity level = severity::error;
    /// A stable identifier such as "repeated-title" or "xml-syntax", for
    /// filtering; always a string literal.
    std::string_view code;
    /// What went wrong, in English, for people.
    std::string message;
    source_position where;  ///< Line 0 when the message concerns the whole input.

    /// Field-by-field comparison.
    friend bool operator==(const diagnostic& a, const diagnostic& b) {
        return a.level == b.level && a.code == b.code && a.message == b.message && a.where == b.where;
    }
    /// The negation of operator==.
    friend bool operator!=(const diagnostic& a, const diagnostic& b) { return !(a == b); }
};

/// Formats a diagnostic the way compilers do: `FILE:LINE:COL: warning: message [code]`.
/// `file` may be empty; a position with line 0 is left out.
REPORTDOC_FUNC std::string format_diagnostic(const diagnostic& d, std::string_view file = {});

/// Bounds a reader enforces so that hostile input fails cleanly instead of
/// exhausting memory; exceeding one is an error naming the limit.
struct reader_limits {
    std::size_t max_input_size = std::size_t{1} << 30;  ///< Bytes (1 GiB).
    std::uint32_t max_depth = 1000;                      ///< Nesting of sections, lists, quotes and inlines.
    std::size_t max_nodes = 20'000'000;                  ///< Blocks, list items and inlines together.
};

#if REPORTDOC_EXCEPTIONS
/// Thrown by parse_result::value() on a failed result when exceptions are enabled.
class parse_error : public std::exception {
public:
    /// Makes the exception from the diagnostics of a failed parse.
    explicit parse_error(std::vector<diagnostic> diagnostics)
        : diagnostics_(std::move(diagnostics)), what_(first_error_text(diagnostics_)) {}
    /// The first error, formatted.
    [[nodiscard]] const char* what() const noexcept override { return what_.c_str(); }
    /// Every diagnostic of the failed parse.
    [[nodiscard]] const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }

private:
    static std::string first_error_text(const std::vector<diagnostic>& all) {
        for (const diagnostic& d : all)
            if (d.level == severity::error) return format_diagnostic(d);
        return "parse failed";
    }
    std::vector<diagnostic> diagnostics_;
    std::string what_;
};
#endif

/// The outcome of a reader: a value when no error was found, and every
/// diagnostic (errors, warnings, notes) in input order.
///
///     auto result = reportdoc::parse_xml(input);
///     if (!result) { for (auto& d : result.diagnostics()) ...; return 1; }
///     reportdoc::report& doc = *result;
template <class T>
class parse_result {
public:
    parse_result() = default;
    /// A successful result and its warnings and notes.
    parse_result(T value, std::vector<diagnostic> diagnostics)
        : value_(std::move(value)), diagnostics_(std::move(diagnostics)) {}
    /// A failed result: the diagnostics hold at least one error.
    explicit parse_result(std::vector<diagnostic> diagnostics) : diagnostics_(std::move(diagnostics)) {}

    /// True when the input was read.
    [[nodiscard]] bool has_value() const noexcept { return value_.has_value(); }
    /// True when the input was read (has_value()).
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws parse_error (or aborts without exceptions) when there is none.
    [[nodiscard]] T& value() & {
        check();
        return *value_;
    }
    /// The value (const); throws parse_error (or aborts) when there is none.
    [[nodiscard]] const T& value() const& {
        check();
        return *value_;
    }
    /// The value, moved out; throws parse_error (or aborts) when there is none.
    [[nodiscard]] T&& value() && {
        check();
        return std::move(*value_);
    }
    /// The value; the result must hold one.
    [[nodiscard]] T& operator*() & noexcept {
        REPORTDOC_ASSERT(value_.has_value());
        return *value_;
    }
    /// The value (const); the result must hold one.
    [[nodiscard]] const T& operator*() const& noexcept {
        REPORTDOC_ASSERT(value_.has_value());
        return *value_;
    }
    /// Member access to the value; the result must hold one.
    [[nodiscard]] T* operator->() noexcept { return &**this; }
    /// Member access to the value (const); the result must hold one.
    [[nodiscard]] const T* operator->() const noexcept { return &**this; }

    /// Every diagnostic, in input order.
    [[nodiscard]] const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }
    /// The number of diagnostics of one severity.
    [[nodiscard]] std::size_t count(severity level) const noexcept {
        std::size_t n = 0;
        for (const diagnostic& d : diagnostics_) n += d.level == level;
        return n;
    }

private:
    void check() const {
        if (value_) return;
#if REPORTDOC_EXCEPTIONS
        throw parse_error(diagnostics_);
#else
        std::abort();
#endif
    }
    std::optional<T> value_;
    std::vector<diagnostic> diagnostics_;
};

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/result.inl>
#endif
