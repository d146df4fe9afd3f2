# Variable references are reported with --var-refs (index keys compared as
# values), and without variables in the context decoding fails at each root.
traversals {
  expect {
    ref = foo.bar[0]["k"]
    from {
      line   = 1
      column = 5
      byte   = 4
    }
    to {
      line   = 1
      column = 20
      byte   = 19
    }
  }
  expect {
    ref = baz
    from {
      line   = 2
      column = 5
      byte   = 24
    }
    to {
      line   = 2
      column = 8
      byte   = 27
    }
  }
}

diagnostics {
  error {
    from {
      line   = 1
      column = 5
      byte   = 4
    }
    to {
      line   = 1
      column = 8
      byte   = 7
    }
  }
  error {
    from {
      line   = 2
      column = 5
      byte   = 24
    }
    to {
      line   = 2
      column = 8
      byte   = 27
    }
  }
}
