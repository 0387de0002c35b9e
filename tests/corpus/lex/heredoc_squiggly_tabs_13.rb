s = <<~EOS
	one tab
		two tabs
        eight spaces
EOS
