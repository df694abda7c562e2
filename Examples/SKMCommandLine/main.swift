print("skm")
