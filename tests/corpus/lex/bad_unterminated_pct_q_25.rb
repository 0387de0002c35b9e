s = %q(abc (nested)
