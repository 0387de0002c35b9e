puts "#@a.#@b"
puts "#$1 #$~ #$stdout"
puts "#@ #@@ #$ end"
