-x
+x
-x.abs
- x
+ y
