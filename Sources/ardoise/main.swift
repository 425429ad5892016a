import ArdoiseCommandLine

AddressSpace.refuseIfTooSmall()
ArdoiseCommand.main()
