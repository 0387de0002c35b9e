next
