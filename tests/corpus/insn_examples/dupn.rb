config = {}
config[:retries] ||= 3
