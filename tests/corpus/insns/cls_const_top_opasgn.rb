::TOPV ||= 3
p ::TOPV
