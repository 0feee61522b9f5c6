plansiteSearchLoaded("w/u0/lo",{
"lop":[1,2,1,3]
});
