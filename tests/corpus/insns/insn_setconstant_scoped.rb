module Cfg; end
Cfg::PORT = 8080
::TOP = 1
p Cfg::PORT, TOP
