diagnostics {
  error {
    from {
      line   = 3
      column = 3
      byte   = 19
    }
    to {
      line   = 3
      column = 9
      byte   = 25
    }
  }
}
