in = "%{ for if in _z‍👩‍👧${if}%{ endfor }}"
