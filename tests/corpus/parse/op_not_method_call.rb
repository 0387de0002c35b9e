not a.b
!a.b
