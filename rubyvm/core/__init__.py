"""The core library: Ruby-visible classes and methods with CRuby 3.1's exact behaviour.

Leaf modules here work on plain Python values (int, float, str, ...) until the VM's object
model exists; a Ruby exception they raise is a RubyError naming the Ruby class.
"""


class RubyError(Exception):
    """A Ruby exception raised by core-library code: its Ruby class name and message.

    The VM turns it into an instance of the named class (ArgumentError, TypeError, ...).
    """

    def __init__(self, ruby_class: str, message: str):
        super().__init__(f"{message} ({ruby_class})")
        self.ruby_class = ruby_class
        self.message = message
