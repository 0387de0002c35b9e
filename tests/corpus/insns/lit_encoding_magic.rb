# encoding: utf-8
p "日本".size
