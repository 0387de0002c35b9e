"""jupyter_kernel_test's protocol conformance suite against the installed `rubyvm` kernel:
execute, stdout/stderr, execute_result, errors, completion, inspection, is_complete, history."""
import unittest

import pytest

jkt = pytest.importorskip("jupyter_kernel_test")


class RubyKernelConformance(jkt.KernelTests):
    kernel_name = "rubyvm"
    language_name = "ruby"
    file_extension = ".rb"

    code_hello_world = 'puts "hello, world"'
    code_stderr = '$stderr.puts "to stderr"'

    completion_samples = [
        {"text": "[1, 2].each_sl", "matches": {"each_slice"}},
        {"text": "Compara", "matches": {"Comparable"}},
    ]
    complete_code_samples = ["1 + 1", "def f = 1", "[1, 2].map { _1 * 2 }", "x = <<~EOS\n a\nEOS"]
    incomplete_code_samples = ["def foo", "class A", "[1, 2", "foo do |x|", 'x = "abc']
    invalid_code_samples = ["end", "puts 1; end"]

    code_inspect_sample = "Comparable"

    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": '"ab" * 2', "result": '"abab"'},
        {"code": "(1..4).to_a.reverse", "result": "[4, 3, 2, 1]"},
        {"code": ":sym", "result": ":sym"},
    ]
    code_generate_error = "raise ArgumentError, 'nope'"

    code_history_pattern = "(1..4)*"
    supported_history_operations = ("tail", "search")


if __name__ == "__main__":
    unittest.main()
