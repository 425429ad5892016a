import ArdoiseCommandLine

ArdoiseCommand.refuseTooSmallAddressSpace()
ArdoiseCommand.main()
