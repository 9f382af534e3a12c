# SPDX-License-Identifier: MIT
# Flags stricter than reportdoc's own, which its headers would trip (e.g.
# -Wswitch-enum): a consumer must still build warning-free, because reportdoc's
# include directories reach it as system directories.
set(DOWNSTREAM_STRICT_WARNINGS
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wold-style-cast -Wswitch-enum -Wundef -Werror)
