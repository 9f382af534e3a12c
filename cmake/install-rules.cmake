include(CMakePackageConfigHelpers)

# A header-only package is the same on every architecture: its config and
# pkg-config files go under datadir, as toml++ does.
set(REPORTDOC_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/reportdoc")
set(REPORTDOC_PKGCONFIG_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig")

install(DIRECTORY include/reportdoc DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS reportdoc EXPORT reportdocTargets)
install(EXPORT reportdocTargets
    NAMESPACE reportdoc::
    DESTINATION "${REPORTDOC_CMAKE_DIR}")

configure_package_config_file(cmake/reportdocConfig.cmake.in
    "${PROJECT_BINARY_DIR}/reportdocConfig.cmake"
    INSTALL_DESTINATION "${REPORTDOC_CMAKE_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/reportdocConfigVersion.cmake"
    COMPATIBILITY SameMajorVersion
    ARCH_INDEPENDENT)
install(FILES
    "${PROJECT_BINARY_DIR}/reportdocConfig.cmake"
    "${PROJECT_BINARY_DIR}/reportdocConfigVersion.cmake"
    DESTINATION "${REPORTDOC_CMAKE_DIR}")

# The .pc file names its prefix relative to itself, so that it stays right
# under `cmake --install --prefix` (which the configure-time
# CMAKE_INSTALL_PREFIX does not know) and when the tree is moved.
file(RELATIVE_PATH REPORTDOC_PC_PREFIX_FROM_PCFILEDIR "/root/${REPORTDOC_PKGCONFIG_DIR}" "/root")
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
    set(REPORTDOC_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
    set(REPORTDOC_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(cmake/reportdoc.pc.in "${PROJECT_BINARY_DIR}/reportdoc.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/reportdoc.pc" DESTINATION "${REPORTDOC_PKGCONFIG_DIR}")
install(FILES LICENSE DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/reportdoc")
