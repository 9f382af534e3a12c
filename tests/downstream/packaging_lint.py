#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Lints the vcpkg port (ports/reportdoc) and the Conan recipe (conanfile.py,
# test_package/) for what those tools require, since neither tool can run
# here, and checks that they describe the package CI builds: same version,
# dependencies, CMake config location, target, pkg-config name and options.
#
#   packaging_lint.py SOURCE_DIR                   lint; exit 1 listing every problem
#   packaging_lint.py SOURCE_DIR --port-options    print the port's -D options, one a line
import ast
import json
import pathlib
import re
import sys

DEPENDENCIES = {"pugixml", "fmt"}


def cmake_calls(text, name):
    """The argument text of every call of a CMake command (no nested parentheses in our files)."""
    return re.findall(r"^\s*" + re.escape(name) + r"\s*\(([^)]*)\)", text, re.MULTILINE | re.IGNORECASE)


class Lint:
    def __init__(self, root):
        self.root = root
        self.problems = []
        top = (root / "CMakeLists.txt").read_text()
        self.version = re.search(r"project\(reportdoc\s+VERSION\s+(\S+)", top).group(1)
        self.cmake_options = set(re.findall(r"^\s*option\((\w+)", top, re.MULTILINE))
        rules = (root / "cmake/install-rules.cmake").read_text()
        config_dir = re.search(r'set\(REPORTDOC_CMAKE_DIR\s+"\$\{CMAKE_INSTALL_DATADIR\}/([^"]+)"\)', rules)
        self.config_path = "share/" + config_dir.group(1) if config_dir else None

    def check(self, ok, message):
        if not ok:
            self.problems.append(message)

    # ---- vcpkg -----------------------------------------------------------
    def port_options(self):
        portfile = (self.root / "ports/reportdoc/portfile.cmake").read_text()
        configure = cmake_calls(portfile, "vcpkg_cmake_configure")
        return re.findall(r"-D\w+=\S+", configure[0]) if configure else []

    def vcpkg(self):
        port = self.root / "ports/reportdoc"
        try:
            manifest = json.loads((port / "vcpkg.json").read_text())
        except (OSError, ValueError) as e:
            self.problems.append(f"vcpkg.json: {e}")
            return
        self.check(manifest.get("name") == "reportdoc", "vcpkg.json: name must be reportdoc")
        self.check(manifest.get("version") == self.version,
                   f"vcpkg.json: version {manifest.get('version')} is not the project's {self.version}")
        for field in ("description", "homepage", "license"):
            self.check(field in manifest, f"vcpkg.json: no {field}")
        deps = manifest.get("dependencies", [])
        plain = {d for d in deps if isinstance(d, str)} | {d["name"] for d in deps if isinstance(d, dict) and not d.get("host")}
        host = {d["name"] for d in deps if isinstance(d, dict) and d.get("host") is True}
        self.check(plain == DEPENDENCIES, f"vcpkg.json: dependencies {sorted(plain)}, expected {sorted(DEPENDENCIES)}")
        self.check({"vcpkg-cmake", "vcpkg-cmake-config"} <= host,
                   "vcpkg.json: vcpkg-cmake and vcpkg-cmake-config must be host dependencies")

        portfile = (port / "portfile.cmake").read_text()
        github = cmake_calls(portfile, "vcpkg_from_github")
        self.check(len(github) == 1 and all(k in github[0] for k in ("OUT_SOURCE_PATH SOURCE_PATH", "REPO", "REF", "SHA512")),
                   "portfile: vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO REF SHA512 ...) missing")
        configure = cmake_calls(portfile, "vcpkg_cmake_configure")
        self.check(len(configure) == 1 and 'SOURCE_PATH "${SOURCE_PATH}"' in configure[0],
                   "portfile: vcpkg_cmake_configure(SOURCE_PATH \"${SOURCE_PATH}\" ...) missing")
        options = dict(o[2:].split("=", 1) for o in self.port_options())
        for name in options:
            self.check(name in self.cmake_options, f"portfile: -D{name} is not an option() of CMakeLists.txt")
        for name in ("REPORTDOC_BUILD_TESTS", "REPORTDOC_BUILD_EXAMPLES"):
            self.check(options.get(name) == "OFF", f"portfile: must pass -D{name}=OFF")
        self.check(options.get("REPORTDOC_INSTALL", "ON") == "ON", "portfile: REPORTDOC_INSTALL must stay ON")
        self.check(cmake_calls(portfile, "vcpkg_cmake_install") != [], "portfile: no vcpkg_cmake_install()")
        fixup = cmake_calls(portfile, "vcpkg_cmake_config_fixup")
        self.check(len(fixup) == 1 and f"CONFIG_PATH {self.config_path}" in fixup[0],
                   f"portfile: vcpkg_cmake_config_fixup(CONFIG_PATH {self.config_path}) missing "
                   "(the directory cmake/install-rules.cmake installs the config to)")
        self.check(cmake_calls(portfile, "vcpkg_fixup_pkgconfig") != [], "portfile: no vcpkg_fixup_pkgconfig()")
        copyright_ = cmake_calls(portfile, "vcpkg_install_copyright")
        self.check(len(copyright_) == 1 and '"${SOURCE_PATH}/LICENSE"' in copyright_[0] and (self.root / "LICENSE").is_file(),
                   "portfile: vcpkg_install_copyright(FILE_LIST \"${SOURCE_PATH}/LICENSE\") missing")
        self.check(any("usage" in c and "share/${PORT}" in c for c in cmake_calls(portfile, "file")),
                   "portfile: usage not installed to share/${PORT}")
        usage = (port / "usage").read_text() if (port / "usage").is_file() else ""
        self.check("find_package(reportdoc CONFIG REQUIRED)" in usage and "reportdoc::reportdoc" in usage,
                   "usage: must show find_package(reportdoc CONFIG REQUIRED) and reportdoc::reportdoc")

    # ---- Conan -----------------------------------------------------------
    @staticmethod
    def recipe_class(path):
        tree = ast.parse(path.read_text(), str(path))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", None) == "ConanFile" for b in node.bases):
                return node
        return None

    @staticmethod
    def attributes(cls):
        values = {}
        for node in cls.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                try:
                    values[node.targets[0].id] = ast.literal_eval(node.value)
                except ValueError:
                    values[node.targets[0].id] = None
        return values

    @staticmethod
    def methods(cls):
        return {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}

    @staticmethod
    def calls(function, name):
        """The literal arguments (None for others) of every call of `name` or `x.name` in a method."""
        found = []
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == name:
                found.append(tuple(a.value if isinstance(a, ast.Constant) else None for a in node.args))
        return found

    def conan(self):
        cls = self.recipe_class(self.root / "conanfile.py")
        if cls is None:
            self.problems.append("conanfile.py: no class deriving from ConanFile")
            return
        attrs = self.attributes(cls)
        self.check(attrs.get("name") == "reportdoc", "conanfile.py: name must be reportdoc")
        self.check(attrs.get("version") == self.version,
                   f"conanfile.py: version {attrs.get('version')} is not the project's {self.version}")
        self.check(attrs.get("package_type") == "header-library", "conanfile.py: package_type must be header-library")
        for field in ("license", "description", "url", "settings"):
            self.check(field in attrs, f"conanfile.py: no {field}")
        self.check(set(attrs.get("exports_sources") or ()) >= {"include/*", "LICENSE"},
                   "conanfile.py: exports_sources must hold include/* and LICENSE")
        methods = self.methods(cls)
        for name in ("layout", "requirements", "package_id", "package", "package_info"):
            self.check(name in methods, f"conanfile.py: no {name}()")
        if "requirements" in methods:
            required = {r[0].split("/")[0] for r in self.calls(methods["requirements"], "requires") if r and r[0]}
            self.check(required == DEPENDENCIES, f"conanfile.py: requires {sorted(required)}, expected {sorted(DEPENDENCIES)}")
        if "package_id" in methods:
            self.check(("info", "clear") in {(getattr(n.func.value, "attr", None), n.func.attr)
                                             for n in ast.walk(methods["package_id"])
                                             if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)},
                       "conanfile.py: package_id() must call self.info.clear()")
        if "package" in methods:
            patterns = {c[1] for c in self.calls(methods["package"], "copy") if len(c) > 1}
            self.check("LICENSE" in patterns, "conanfile.py: package() does not copy LICENSE")
        if "package_info" in methods:
            props = dict(c for c in self.calls(methods["package_info"], "set_property") if len(c) == 2)
            expected = {"cmake_file_name": "reportdoc", "cmake_target_name": "reportdoc::reportdoc",
                        "pkg_config_name": "reportdoc"}
            for key, value in expected.items():
                self.check(props.get(key) == value, f"conanfile.py: set_property(\"{key}\", \"{value}\") missing")
        self.check((self.root / "cmake/reportdoc.pc.in").is_file(), "cmake/reportdoc.pc.in (reportdoc.pc) missing")

        test = self.recipe_class(self.root / "test_package/conanfile.py")
        if test is None:
            self.problems.append("test_package/conanfile.py: no class deriving from ConanFile")
            return
        test_methods = self.methods(test)
        for name in ("requirements", "build", "test"):
            self.check(name in test_methods, f"test_package/conanfile.py: no {name}()")
        self.check("tested_reference_str" in ast.dump(test_methods.get("requirements", test)),
                   "test_package/conanfile.py: requirements() must require self.tested_reference_str")
        cmake = (self.root / "test_package/CMakeLists.txt").read_text()
        self.check("find_package(reportdoc CONFIG REQUIRED)" in cmake and "reportdoc::reportdoc" in cmake,
                   "test_package/CMakeLists.txt must use find_package(reportdoc CONFIG REQUIRED) and reportdoc::reportdoc")


def main():
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] != "--port-options"):
        sys.exit("usage: packaging_lint.py SOURCE_DIR [--port-options]")
    lint = Lint(pathlib.Path(sys.argv[1]))
    if len(sys.argv) == 3:
        print("\n".join(lint.port_options()))
        return
    lint.vcpkg()
    lint.conan()
    for problem in lint.problems:
        print(problem)
    print(f"packaging_lint: {len(lint.problems)} problem(s)")
    sys.exit(1 if lint.problems else 0)


if __name__ == "__main__":
    main()
