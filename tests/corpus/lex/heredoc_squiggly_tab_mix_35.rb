def f
  <<~T
  	space-tab
	  tab-space
    four
  T
end
