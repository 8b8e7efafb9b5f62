"""What every business area shares: declaring verbs and exposing them behind the error firewall (`verbs`,
`dispatch`), the unit of work and its audit entry (`uow`), the connection's login state (`login`), validation,
paging, money, settings, document numbers, the state-machine guard (`states`) and the ownership of tables
(`ownership`). It imports no business area.
"""
