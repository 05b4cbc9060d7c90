from raiassess.launcher import main

raise SystemExit(main())
