a = "outer #{"inner #{x} end"} done"
