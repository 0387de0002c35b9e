A::B::c::d
