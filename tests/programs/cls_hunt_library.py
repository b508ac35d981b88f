from dataclasses import dataclass, field
from datetime import date, timedelta
from collections import defaultdict
from enum import Enum
import json


class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"


@dataclass(frozen=True)
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    year: int

    def __str__(self):
        return f"{self.title} by {self.author} ({self.year})"


@dataclass
class Member:
    name: str
    max_loans: int = 3
    loans: list = field(default_factory=list)
    history: list = field(default_factory=list, repr=False)

    def can_borrow(self):
        return len(self.loans) < self.max_loans


@dataclass(order=True)
class Loan:
    due: date
    book: Book = field(compare=False)
    member: str = field(compare=False)


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, book):
        super().__init__(f"{book.title!r} is not available")
        self.book = book


class LimitReached(LibraryError):
    pass


class Library:
    def __init__(self, today):
        self.today = today
        self.books = {}
        self.copies = defaultdict(int)
        self.members = {}
        self.loans = []

    def add(self, book, n=1):
        self.books[book.isbn] = book
        self.copies[book.isbn] += n

    def join(self, name, **kw):
        m = Member(name, **kw)
        self.members[name] = m
        return m

    def borrow(self, name, isbn, days=14):
        m = self.members[name]
        book = self.books[isbn]
        if not m.can_borrow():
            raise LimitReached(f"{name} has {len(m.loans)} loans")
        if self.copies[isbn] == 0:
            raise NotAvailable(book)
        self.copies[isbn] -= 1
        loan = Loan(self.today + timedelta(days=days), book, name)
        m.loans.append(loan)
        m.history.append(isbn)
        self.loans.append(loan)
        return loan

    def give_back(self, name, isbn):
        m = self.members[name]
        for loan in m.loans:
            if loan.book.isbn == isbn:
                m.loans.remove(loan)
                self.loans.remove(loan)
                self.copies[isbn] += 1
                return self.today > loan.due
        raise LibraryError(f"{name} does not have {isbn}")

    def overdue(self):
        return sorted(l for l in self.loans if l.due < self.today)

    def by_genre(self):
        out = defaultdict(list)
        for b in sorted(self.books.values(), key=lambda b: b.year):
            out[b.genre.value].append(b.title)
        return dict(out)

    def report(self):
        return json.dumps({
            "books": len(self.books),
            "available": {i: c for i, c in sorted(self.copies.items()) if c},
            "loans": [{"member": l.member, "isbn": l.book.isbn, "due": l.due.isoformat()} for l in sorted(self.loans)],
        }, indent=2)


lib = Library(date(2024, 3, 1))
catalog = [
    Book("111", "Dune", "Herbert", Genre.FICTION, 1965),
    Book("222", "Cosmos", "Sagan", Genre.SCIENCE, 1980),
    Book("333", "SPQR", "Beard", Genre.HISTORY, 2015),
    Book("444", "Foundation", "Asimov", Genre.FICTION, 1951),
]
for i, b in enumerate(catalog):
    lib.add(b, n=1 + i % 2)
lib.join("ann")
lib.join("bob", max_loans=1)
print(lib.borrow("ann", "111"), lib.borrow("bob", "222", days=3))
for args in [("bob", "333"), ("ann", "111")]:
    try:
        lib.borrow(*args)
    except LibraryError as e:
        print(type(e).__name__, e, isinstance(e, NotAvailable))
lib.today += timedelta(days=5)
print([str(l.book) for l in lib.overdue()], lib.overdue()[0].due)
print(lib.give_back("bob", "222"), lib.borrow("bob", "444"))
try:
    lib.give_back("ann", "999")
except LibraryError as e:
    print(e)
print(lib.by_genre())
print(lib.report())
print(lib.members["ann"], catalog[0] == Book("111", "Dune", "Herbert", Genre.FICTION, 1965), hash(catalog[0]) == hash(catalog[0]))
print(sorted(catalog, key=lambda b: (b.genre.value, -b.year))[0].title, max(lib.loans).member)
