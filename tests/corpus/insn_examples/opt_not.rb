ready = false
!ready
