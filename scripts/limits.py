#!/usr/bin/env python3
"""The size limits the code keeps (issue 19, docs/architecture.md): no source file over 500 lines
and no function over 80. Run from anywhere: scripts/limits.py [ROOT]; ctest runs it as
source_limits. Prints what is over and exits 1, or says all is within the limits.

A function is counted from its opening brace to its closing brace, both at the start of a line
(clang-format puts a function's braces there, at namespace level); the lines between are its
length, as clang-tidy's readability-function-size counts them. Lambdas and local classes count
in the function that holds them. Data tables are functions too: split them by topic."""
import os
import re
import sys

FILE_LIMIT = 500
FUNCTION_LIMIT = 80
FOLDERS = ('core', 'app', 'tools', 'tests')
SIGNATURE = re.compile(r'^[A-Za-z].*\)\s*(const)?\s*(override)?\s*(noexcept)?\s*\{$')
NOT_A_FUNCTION = ('namespace', 'class', 'struct', 'enum', 'extern', 'union')


def sources(root):
    for folder in FOLDERS:
        for base, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if name.endswith(('.cpp', '.h')):
                    yield os.path.join(base, name)


def long_functions(lines):
    """(first line, length, signature) of each function body over the limit."""
    start = None
    for number, line in enumerate(lines):
        opens = line == '{' or (start is None and SIGNATURE.match(line)
                                and not line.startswith(NOT_A_FUNCTION))
        if opens and start is None:
            # The signature: back to the line at column 0 that begins it.
            first = number if line != '{' else number - 1
            while first > 0 and lines[first].startswith((' ', ')')):
                first -= 1
            signature = lines[first]
            if signature.startswith(NOT_A_FUNCTION) or '(' not in signature:
                continue
            start = (number, signature.strip())
        elif line.startswith('}') and start is not None:
            length = number - start[0] - 1
            if length > FUNCTION_LIMIT:
                yield start[0] + 1, length, start[1]
            start = None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
    over = []
    for path in sources(root):
        with open(path, encoding='utf-8') as file:
            lines = file.read().split('\n')
        shown = os.path.relpath(path, root)
        if len(lines) - 1 > FILE_LIMIT:
            over.append(f'{shown}: {len(lines) - 1} lines (the limit is {FILE_LIMIT})')
        for first, length, signature in long_functions(lines):
            over.append(f'{shown}:{first}: {signature[:80]} is {length} lines '
                        f'(the limit is {FUNCTION_LIMIT})')
    for line in over:
        print(line)
    if over:
        print(f'limits.py: {len(over)} over the limits; give a responsibility its own class or '
              'function (docs/architecture.md)')
        return 1
    print(f'limits.py: every file within {FILE_LIMIT} lines and every function within '
          f'{FUNCTION_LIMIT}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
