# SPDX-License-Identifier: MIT
#   cmake -DBINARY_DIR=<build tree> -DPREFIX=<dir> [-DEXPECT_EMPTY=ON] -P install.cmake
# Installs a build tree into a fresh prefix. With EXPECT_EMPTY, fails if
# anything was installed: the tree's own project installs nothing, so any file
# came from reportdoc's install rules.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BINARY_DIR} failed (${status})")
endif()
if(EXPECT_EMPTY)
    file(GLOB_RECURSE installed "${PREFIX}/*")
    if(installed)
        message(FATAL_ERROR "the parent's install got reportdoc's files: ${installed}")
    endif()
endif()
