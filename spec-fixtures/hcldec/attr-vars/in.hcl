v = "${greeting}, ${who.name}"
n = nums[1] + 1
