validates :name, presence: true, length: { max: 10 }
