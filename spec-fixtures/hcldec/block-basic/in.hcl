svc {
  port = 80
  host = "h"
}
