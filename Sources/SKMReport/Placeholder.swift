import SKMCore
