# SPDX-License-Identifier: MIT
#   cmake -DSOURCE_DIR=<reportdoc> -DBUILD_DIR=<dir> -DPREFIX=<dir> -DCI_PREFIX=<dir>
#         -DPYTHON=<python3> -DGENERATOR=<generator> -DCXX=<compiler> -P port_install.cmake
# Does what the vcpkg port's vcpkg_cmake_configure and vcpkg_cmake_install do,
# with the -D options the portfile passes (read by packaging_lint.py), into
# PREFIX; then checks that the files installed are the ones CI's own install
# (CI_PREFIX, tests and examples on) has, less its executables in bin/.
execute_process(COMMAND "${PYTHON}" "${CMAKE_CURRENT_LIST_DIR}/packaging_lint.py" "${SOURCE_DIR}" --port-options
    OUTPUT_VARIABLE options RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR options STREQUAL "")
    message(FATAL_ERROR "packaging_lint.py --port-options failed (${status})")
endif()
string(STRIP "${options}" options)
string(REPLACE "\n" ";" options "${options}")
message(STATUS "port options: ${options}")

file(REMOVE_RECURSE "${BUILD_DIR}" "${PREFIX}")
foreach(step IN ITEMS configure build install)
    if(step STREQUAL "configure")
        set(command "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BUILD_DIR}" -G "${GENERATOR}"
            -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release ${options})
    elseif(step STREQUAL "build")
        set(command "${CMAKE_COMMAND}" --build "${BUILD_DIR}")
    else()
        set(command "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}")
    endif()
    execute_process(COMMAND ${command} RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${step} with the port's options failed (${status})")
    endif()
endforeach()

file(GLOB_RECURSE port_files RELATIVE "${PREFIX}" "${PREFIX}/*")
file(GLOB_RECURSE ci_files RELATIVE "${CI_PREFIX}" "${CI_PREFIX}/*")
list(FILTER ci_files EXCLUDE REGEX "^bin/")
list(SORT port_files)
list(SORT ci_files)
if(NOT port_files STREQUAL ci_files)
    message(FATAL_ERROR "the port installs\n  ${port_files}\nCI installs\n  ${ci_files}")
endif()
list(LENGTH port_files count)
message(STATUS "the port's install tree is CI's: ${count} files")
