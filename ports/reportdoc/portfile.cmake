# SPDX-License-Identifier: MIT
# vcpkg overlay port: vcpkg install reportdoc --overlay-ports=<reportdoc>/ports
# Header-only, so one release configuration is enough (as toml++'s port).
set(VCPKG_BUILD_TYPE release)

vcpkg_from_github(
    OUT_SOURCE_PATH SOURCE_PATH
    REPO reportdoc/reportdoc
    REF "v${VERSION}"
    # Replace with the hash vcpkg prints for the release tarball on first install.
    SHA512 0
    HEAD_REF main
)

# These options are the ones tests/downstream's port_install test builds and
# installs in CI (packaging_lint.py --port-options reads them from here).
vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DREPORTDOC_BUILD_TESTS=OFF
        -DREPORTDOC_BUILD_EXAMPLES=OFF
        -DREPORTDOC_INSTALL=ON
)
vcpkg_cmake_install()
# reportdoc installs its arch-independent CMake config under share/cmake/reportdoc.
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/reportdoc)
vcpkg_fixup_pkgconfig()

# Nothing is compiled: no lib/ or debug/ tree; the license goes to copyright below.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/lib" "${CURRENT_PACKAGES_DIR}/debug" "${CURRENT_PACKAGES_DIR}/share/doc")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
