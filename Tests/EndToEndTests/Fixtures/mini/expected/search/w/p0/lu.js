plansiteSearchLoaded("w/p0/lu",{
"luong":[0,-3,0,3]
});
