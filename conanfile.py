# SPDX-License-Identifier: MIT
# Conan 2 recipe for reportdoc, a header-only library:
#   conan create . --build=missing          (builds and runs test_package/)
# Consumers get find_package(reportdoc) and the target reportdoc::reportdoc,
# the names of reportdoc's own installed CMake package, and reportdoc.pc.
import os

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy
from conan.tools.layout import basic_layout

required_conan_version = ">=2.0"


class ReportdocConan(ConanFile):
    name = "reportdoc"
    version = "0.1.0"
    description = ("A typed document model for reports, with readers from plain text and XML "
                   "and writers to HTML, Markdown, text and XML")
    license = "MIT"
    url = "https://github.com/reportdoc/reportdoc"
    homepage = "https://github.com/reportdoc/reportdoc"
    topics = ("report", "document", "html", "markdown", "xml", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "include/*", "LICENSE"
    no_copy_source = True

    def layout(self):
        basic_layout(self, src_folder=".")

    def requirements(self):
        # The versions CI builds with (Debian 12's packages).
        self.requires("pugixml/1.13")
        self.requires("fmt/9.1.0")

    def package_id(self):
        # Headers only: one package serves every configuration.
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, 17)

    def package(self):
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))
        include = os.path.join(self.source_folder, "include")
        for pattern in ("*.hpp", "*.inl"):
            copy(self, pattern, src=include, dst=os.path.join(self.package_folder, "include"))

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "reportdoc")
        self.cpp_info.set_property("cmake_target_name", "reportdoc::reportdoc")
        self.cpp_info.set_property("pkg_config_name", "reportdoc")
