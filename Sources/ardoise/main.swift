import ArdoiseCommandLine

ArdoiseCommand.main()
