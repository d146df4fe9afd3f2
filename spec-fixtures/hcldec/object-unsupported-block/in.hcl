name = "x"
count {
}
other "l" {
}
