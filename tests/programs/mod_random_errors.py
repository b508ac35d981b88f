import random
random.seed(5)
try:
    print(repr(random.randint(1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randint()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randint(1,2,3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.seed(1,2,3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randint(1,2,c=3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randint(1,a=2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.random(1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.getrandbits()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.getrandbits(1,2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.getrandbits(k=2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2],1,2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([1,2],[1,2],[3])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.Random(1,2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.setstate()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.shuffle()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.triangular(1,2,3,4)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.expovariate()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.gauss(1,2,3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.getrandbits(2.0)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.getrandbits(-1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.seed([1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randrange('a')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randrange(None)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randrange(0)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randrange(5,1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randrange(1,5,0)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randrange(1,5,-1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randrange(5, step=2)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choice([])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choice('')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choice(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample({1,2},1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2],3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2],-1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2],1.0)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([1,2],k=2.0)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([1,2],3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([1,2],[1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([1,2],[0,0])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([1,2],[1,2],cum_weights=[1,2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([],[])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choices([],k=1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.uniform('a',1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.setstate((1,2,3))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.setstate((3,(1,2),None))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.expovariate(0)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.gammavariate(-1, 1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.gammavariate('a', 1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2,3], 2, counts=[1,2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2,3], 2, counts=[1.5,2,1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.sample([1,2,3], 2, counts=[0,0,0])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.shuffle((1,2,3))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.shuffle("ab")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.choice({1:2})))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.randint(1, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.triangular(1, 1, 1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.seed(1, version=1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.vonmisesvariate(0, 0)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(random.betavariate(0, 1)))
except Exception as e:
    print(type(e).__name__, e)
print(random.random())
