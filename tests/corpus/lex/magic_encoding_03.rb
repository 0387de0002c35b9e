# encoding: utf-8
x = "é"
