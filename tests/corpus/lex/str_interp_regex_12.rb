word = "ab"
re = /#{word}+/
re2 = /x#{word}y/i
re3 = /#@x #$y/
