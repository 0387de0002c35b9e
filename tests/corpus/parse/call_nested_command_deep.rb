p puts foo 1
