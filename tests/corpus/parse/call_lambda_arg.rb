scope :active, -> { where(active: true) }
