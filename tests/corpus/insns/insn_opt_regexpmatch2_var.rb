re = /c$/
p re =~ "abc"
