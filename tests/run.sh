#!/bin/sh
# Runs each test program and prints one closing line: "N passed, N failed".
# Test programs skip (exit 0, with a message) what needs ../shared when it is
# absent.
passed=0
failed=0
for t in "$@"; do
	name=$(basename "$t")
	if "$t" > "build/asan/tests/$name.log" 2>&1; then
		passed=$((passed + 1))
		echo "ok   $name"
	else
		failed=$((failed + 1))
		echo "FAIL $name"
		sed 's/^/    /' "build/asan/tests/$name.log" | tail -40
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
