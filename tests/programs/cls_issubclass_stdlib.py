# issubclass of stdlib classes follows their MRO (datetime extends date, Counter extends dict).
import datetime, collections, pathlib
print(issubclass(datetime.datetime, datetime.date), issubclass(collections.Counter, dict), issubclass(collections.OrderedDict, dict))
print(issubclass(collections.defaultdict, dict), issubclass(bool, int), issubclass(collections.Counter, object), issubclass(datetime.date, datetime.datetime))
print(issubclass(collections.deque, dict), issubclass(pathlib.Path, pathlib.Path), issubclass(collections.Counter, (list, dict)))
