# KeyError with a tuple key shows the tuple in the traceback.
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(0, 0)], grid[1, 0])
print(grid[(2, 5)])
