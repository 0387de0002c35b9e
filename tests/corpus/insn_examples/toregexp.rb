word = "cat"
/\b#{word}s?\b/
